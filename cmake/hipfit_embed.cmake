# hipfit_embed(OUTPUT_VAR INPUT SYMBOL): a build rule that turns INPUT into a C++ source in the build
# folder holding its bytes as hipfit::io::SYMBOL (and SYMBOL_size), so data ships inside the binary.
# The source's path is returned in OUTPUT_VAR, to be listed among a target's sources.
function(hipfit_embed output_var input symbol)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${symbol}.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
    DEPENDS ${input} ${PROJECT_SOURCE_DIR}/cmake/embed.cmake
    COMMENT "Embedding ${input}")
  set(${output_var} ${output} PARENT_SCOPE)
endfunction()
